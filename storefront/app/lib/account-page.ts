import { metaTranslator } from "../i18n";
import { localeLinks, pageTitle } from "./seo";

/** The sign-up and log-in pages differ only in this mode (see account-page.server.ts for loader and action). */
export type AccountMode = "signUp" | "logIn";

export function accountMeta(mode: AccountMode, { location, matches }: { location: { pathname: string }; matches: Parameters<typeof metaTranslator>[1] }, urls: Parameters<typeof localeLinks>[0] | undefined) {
  const t = metaTranslator(location, matches);
  return [
    { title: pageTitle(t(mode === "signUp" ? "account.signUpTitle" : "account.logInTitle")) },
    { name: "robots", content: "noindex" },
    ...(urls ? localeLinks(urls) : []),
  ];
}

