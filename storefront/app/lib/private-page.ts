import { localeLinks, pageTitle } from "./seo";

/** Head of a signed-in or token page: its title, never indexed, and its language alternates. */
export function privateMeta(title: string, urls: Parameters<typeof localeLinks>[0] | undefined) {
  return [{ title: pageTitle(title) }, { name: "robots", content: "noindex" }, ...(urls ? localeLinks(urls) : [])];
}
