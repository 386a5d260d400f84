// Auth.js (next-auth v5) configuration: email + password, short JWT sessions, audited sign-in and sign-out.
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { recordAudit } from "@/lib/domain/audit/service";
import { verifySignIn } from "@/lib/domain/user/sign-in";
import { clientAddress, UNKNOWN_ADDRESS } from "@/lib/http/trust-proxy";
import { SESSION_MAX_AGE_SECONDS, sessionExpired } from "./session-age";

export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

const ZCredentials = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) });

/** The address sign-in throttling keys on: forwarded headers count only behind a trusted proxy (TRUST_PROXY). */
export function clientIp(request: Request | undefined): string {
  return request ? clientAddress(request.headers) : UNKNOWN_ADDRESS;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  logger: {
    // A refused sign-in is an expected outcome (and audited), not a server error.
    error: (error) => {
      if (error instanceof CredentialsSignin) return;
      logger.error("auth error", error);
    },
    warn: (code) => logger.warn(`auth warning: ${code}`),
    debug: () => {},
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = ZCredentials.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await verifySignIn(db, { ...parsed.data, ip: clientIp(request) });
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
        if (result.reason === "throttled") throw new ThrottledSignIn();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.signedInAt = Math.floor(Date.now() / 1000);
      }
      return sessionExpired(token.signedInAt) ? null : token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const userId = "token" in message ? message.token?.sub : undefined;
      if (!userId) return;
      await recordAudit(db, { actorId: userId, action: "auth.sign_out", objectType: "user", objectId: userId });
    },
  },
});
