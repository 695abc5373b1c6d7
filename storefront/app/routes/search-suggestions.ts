import { query } from "../lib/apollo.server";
import { SearchSuggestionsQuery } from "../lib/operations.server";
import { parseSearchParams, SUGGEST_MIN_LENGTH } from "../lib/search-params";
import type { Route } from "./+types/search-suggestions";

/**
 * GET /tim-kiem/goi-y?q=<typed so far> → `{ "suggestions": ["Bánh đậu xanh hộp 200 g", …] }`: product
 * names for the header search box. Suggestions are a convenience: any API failure answers an
 * empty list rather than an error.
 */
export async function loader({ url, context }: Route.LoaderArgs) {
  const { query: prefix } = parseSearchParams(url.searchParams);
  let suggestions: string[] = [];
  if ([...prefix].length >= SUGGEST_MIN_LENGTH) {
    try {
      suggestions = (await query(context, SearchSuggestionsQuery, { prefix })).searchSuggestions;
    } catch {
      suggestions = [];
    }
  }
  return Response.json(
    { suggestions },
    { headers: { "Cache-Control": "public, max-age=60", "X-Robots-Tag": "noindex" } },
  );
}
