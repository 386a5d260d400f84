// Auth.js (next-auth v5) configuration: email + password, short JWT sessions, audited sign-in and sign-out.
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { recordSignOut } from "@/lib/domain/user/sessions";
import { verifySignIn } from "@/lib/domain/user/sign-in";
import { clientAddress, UNKNOWN_ADDRESS } from "@/lib/http/trust-proxy";
import { SESSION_MAX_AGE_SECONDS, sessionExpired } from "./session-age";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    /** The user's sessionVersion when this session began; getCurrentUser refuses it once the user's has moved on. */
    sessionVersion?: number;
  }
}

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
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion };
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
        token.sv = user.sessionVersion;
      }
      return sessionExpired(token.signedInAt) ? null : token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.sv === "number") session.sessionVersion = token.sv;
      return session;
    },
  },
  events: {
    // Bumps the user's sessionVersion with the audit event, so a copy of this cookie is refused from now on.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (!token?.sub) return;
      await recordSignOut(db, token.sub, token.sv);
    },
  },
});
