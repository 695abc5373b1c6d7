import { redirect } from "react-router";
import { mutate } from "../lib/apollo.server";
import { assertSameOrigin } from "../lib/csrf.server";
import { env } from "../lib/env.server";
import { LogOutMutation } from "../lib/operations.server";
import type { Route } from "./+types/log-out";

/** POST only (the header's logout button): ends the session on the API, which clears the cookie. */
export async function action({ request, context }: Route.ActionArgs) {
  assertSameOrigin(request, env.siteUrl);
  await mutate(context, LogOutMutation);
  return redirect("/");
}

/** A GET (typed URL, prefetch) never logs anyone out. */
export function loader() {
  return redirect("/");
}
