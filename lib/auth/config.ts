import { clientIp } from "@/lib/security/client-ip";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "./credentials";

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}
class DisabledSignIn extends CredentialsSignin {
  code = "disabled";
}


/**
 * next-auth with email + password. The session is a signed, encrypted JWT cookie that carries
 * only the user id: role and status are read from the database on each request by the guards
 * (docs/decisions/0003-auth-sessions.md).
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
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const outcome = await verifyCredentials(credentials, clientIp(request.headers));
        if (outcome.ok) return { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name };
        if (outcome.reason === "throttled") throw new ThrottledSignIn();
        if (outcome.reason === "disabled") throw new DisabledSignIn();
        return null;
      },
    }),
  ],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
