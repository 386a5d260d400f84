// Reads of the outbox screen: the messages sent for an assessment, newest first, each with the invitation
// link it carries while that invitation may still be passed on (lib/mail/outbox.ts keeps the rule).
import "server-only";
export { listOutbox, type OutboxEntry } from "@/lib/mail/outbox";
