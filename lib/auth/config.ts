import { clientIp } from "@/lib/security/client-ip";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "./credentials";
import { SESSION_HOURS } from "./sessions";
import { THROTTLE } from "./throttle";

/** The code carries the real wait, in whole minutes: "throttled:7". */
class ThrottledSignIn extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `throttled:${Math.max(1, Math.ceil(retryAfterSeconds / 60))}`;
  }
}
class DisabledSignIn extends CredentialsSignin {
  code = "disabled";
}


/**
 * next-auth with email + password. The session is a signed, encrypted JWT cookie that carries
 * the user id and the id of a user_sessions row: the guards check that row (not revoked, not
 * expired) and read role and status from the database on each request
 * (docs/decisions/0003-auth-sessions.md, 0011-sessions-and-proxies.md).
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // A refused sign-in is an expected event (it is counted and audited), not a server error.
  logger: {
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const outcome = await verifyCredentials(credentials, clientIp(request.headers));
        if (outcome.ok) return { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name, sessionId: outcome.sessionId };
        if (outcome.reason === "throttled") throw new ThrottledSignIn(outcome.retryAfterSeconds ?? THROTTLE.windowMinutes * 60);
        if (outcome.reason === "disabled") throw new DisabledSignIn();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sessionId) token.sid = user.sessionId;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.sid === "string") session.sessionId = token.sid;
      return session;
    },
  },
});
