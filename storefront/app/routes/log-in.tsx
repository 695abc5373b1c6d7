import { data, Link, redirect } from "react-router";
import { AccountForm } from "../components/AccountForm";
import { mutate } from "../lib/apollo.server";
import { checkAccountForm, errorsFromApi, readAccountForm, safeRedirect } from "../lib/account-form";
import { assertSameOrigin } from "../lib/csrf.server";
import { env } from "../lib/env.server";
import { LogInMutation } from "../lib/operations.server";
import { pageTitle } from "../lib/seo";
import type { Route } from "./+types/log-in";

export function meta() {
  return [{ title: pageTitle("Đăng nhập") }, { name: "robots", content: "noindex" }];
}

export function loader({ url }: Route.LoaderArgs) {
  return { redirectTo: safeRedirect(url.searchParams.get("tiep"), "") || null };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertSameOrigin(request, env.siteUrl);
  const form = await request.formData();
  const values = readAccountForm(form);
  const errors = checkAccountForm(values, "logIn");
  if (Object.keys(errors).length) return data({ email: values.email, errors }, { status: 400 });
  const result = await mutate(context, LogInMutation, { input: values });
  const { userErrors } = result.accountLogIn;
  if (userErrors.length) {
    const status = userErrors.some((e) => e.code === "LOGIN_THROTTLED") ? 429 : 400;
    return data({ email: values.email, errors: errorsFromApi(userErrors) }, { status });
  }
  return redirect(safeRedirect(form.get("redirectTo")));
}

export default function LogIn({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <section className="account-page">
      <h1>Đăng nhập</h1>
      <AccountForm
        mode="logIn"
        email={actionData?.email ?? ""}
        errors={actionData?.errors}
        submitLabel="Đăng nhập"
        redirectTo={loaderData.redirectTo}
      />
      <p>
        Chưa có tài khoản? <Link to="/dang-ky">Đăng ký</Link>
      </p>
    </section>
  );
}
