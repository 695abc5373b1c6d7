import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";

/**
 * "Near me": asks the browser for its location (the browser asks the user) and submits the form it
 * sits in with `lat`/`lng`. Hidden until JavaScript runs: without it, the province select does the job.
 */
export function NearMeButton({ formId }: { formId: string }) {
  const t = useTranslations("salesPoints");
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<"idle" | "locating" | "denied">("idle");
  useEffect(() => setReady(typeof navigator !== "undefined" && "geolocation" in navigator), []);
  if (!ready) return null;
  const locate = () => {
    setState("locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const form = document.getElementById(formId) as HTMLFormElement | null;
        if (!form) return;
        for (const [name, value] of [["lat", position.coords.latitude], ["lng", position.coords.longitude]] as const) {
          let input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
          if (!input) {
            input = document.createElement("input");
            input.type = "hidden";
            input.name = name;
            form.appendChild(input);
          }
          input.value = value.toFixed(5);
        }
        form.requestSubmit();
      },
      () => setState("denied"),
      { timeout: 10_000, maximumAge: 300_000 },
    );
  };
  return (
    <div className="near-me">
      <button type="button" className="button button--secondary" onClick={locate} disabled={state === "locating"} title={t("nearMeHint")}>
        {state === "locating" ? t("locating") : t("nearMe")}
      </button>
      {state === "denied" ? <p className="field-error" role="status">{t("locationDenied")}</p> : null}
    </div>
  );
}
