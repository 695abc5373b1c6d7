import { useEffect, useId, useRef, useState } from "react";
import { Form, useLocation, useNavigate } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { localeHref, matchPage } from "../i18n";
import {
  parseSearchParams,
  SEARCH_MAX_LENGTH,
  SEARCH_PARAMS,
  searchHref,
  SUGGEST_MIN_LENGTH,
  suggestionsHref,
} from "../lib/search-params";

/** Wait this long after the last keystroke before asking for suggestions. */
const SUGGEST_DELAY_MS = 150;

/**
 * The header search box: a plain GET form to /tim-kiem?q=… (works without JavaScript). With
 * JavaScript it becomes an ARIA 1.2 combobox listing product names from /tim-kiem/goi-y as the
 * shopper types; the names are matched without diacritics by the API, which a native <datalist>
 * (filtered by the browser, diacritics included) could not do.
 */
export function SearchBox() {
  const t = useTranslations("search");
  const locale = useLocale();
  const location = useLocation();
  const navigate = useNavigate();
  const onSearchPage = matchPage(location.pathname)?.page === "search";
  const current = onSearchPage ? parseSearchParams(new URLSearchParams(location.search)).query : "";

  const id = useId();
  const listId = `${id}-goi-y`;
  const [value, setValue] = useState(current);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useRef(false);
  const input = useRef<HTMLInputElement>(null);

  // Text typed before the page hydrated is in the DOM but not in state: adopt it (and suggest for it).
  useEffect(() => {
    const early = input.current?.value ?? "";
    if (early !== current) {
      typed.current = true;
      setValue(early);
    }
  }, []);

  // Show the query of the page being viewed (back/forward, a suggestion chosen). Not on the first
  // render: that would overwrite text typed before hydration, adopted just above.
  const shownQuery = useRef(current);
  useEffect(() => {
    if (shownQuery.current === current) return;
    shownQuery.current = current;
    setValue(current);
    setOpen(false);
  }, [current]);

  useEffect(() => {
    if (!typed.current) return;
    const prefix = value.trim();
    if ([...prefix].length < SUGGEST_MIN_LENGTH) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(suggestionsHref(prefix), { signal: controller.signal })
        .then((res) => (res.ok ? (res.json() as Promise<{ suggestions: string[] }>) : { suggestions: [] }))
        .then((body) => {
          setSuggestions(body.suggestions);
          setActive(-1);
          // Late answers never pop the list open over the page: not once the shopper moved on, nor
          // for the text whose results the page already shows (submitted with Enter).
          const stillTyping = document.activeElement === input.current && prefix !== shownQuery.current.trim();
          setOpen(body.suggestions.length > 0 && stillTyping);
        })
        .catch(() => {});
    }, SUGGEST_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  const choose = (name: string) => {
    setValue(name);
    setOpen(false);
    void navigate(searchHref(name, locale));
  };

  const expanded = open && suggestions.length > 0;
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && suggestions.length) {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % suggestions.length);
    } else if (event.key === "ArrowUp" && suggestions.length) {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (a <= 0 ? suggestions.length - 1 : a - 1));
    } else if (event.key === "Escape" && expanded) {
      // First Escape closes the list; the next one clears the field (the browser's own behaviour).
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (event.key === "Enter" && open && active >= 0 && suggestions[active]) {
      event.preventDefault();
      choose(suggestions[active]);
    }
  };

  return (
    <Form method="get" action={localeHref("search", locale)} role="search" className="search-box">
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t("boxLabel")}
      </label>
      <div className="search-box__field">
        <input
          ref={input}
          id={`${id}-q`}
          type="search"
          name={SEARCH_PARAMS.query}
          value={value}
          maxLength={SEARCH_MAX_LENGTH}
          placeholder={t("boxPlaceholder")}
          autoComplete="off"
          enterKeyHint="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          onChange={(e) => {
            typed.current = true;
            setValue(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(suggestions.length > 0)}
        />
        <ul id={listId} role="listbox" aria-label={t("suggestionsLabel")} className="search-box__list" hidden={!expanded}>
          {suggestions.map((name, i) => (
            <li
              key={name}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              lang={locale === "vi" ? undefined : "vi"}
              // mousedown, not click: it fires before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(name);
              }}
            >
              {name}
            </li>
          ))}
        </ul>
      </div>
      <button type="submit" className="search-box__submit">
        {t("boxSubmit")}
      </button>
    </Form>
  );
}
