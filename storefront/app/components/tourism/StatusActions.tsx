import { Form } from "react-router";
import { useTranslations } from "use-intl";
import type { TourismStatus } from "../../gql/graphql";

/**
 * Publish and archive buttons of an operator's point or experience, each its own post with the
 * `intent` the page's action reads ("publish" / "archive"); a button is left out in the state it leads to.
 */
export function StatusActions({ status }: { status: TourismStatus }) {
  const t = useTranslations("tourism");
  return (
    <div className="button-row">
      {status !== "PUBLISHED" ? (
        <Form method="post">
          <input type="hidden" name="intent" value="publish" />
          <button type="submit" className="button">
            {t("publish")}
          </button>
        </Form>
      ) : null}
      {status !== "ARCHIVED" ? (
        <Form method="post">
          <input type="hidden" name="intent" value="archive" />
          <button type="submit" className="button button--secondary">
            {t("archive")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
