import { Migration } from '@mikro-orm/migrations';

export class Migration20261123123153_evaluation_requests extends Migration {

  override name = 'Migration20261123123153_evaluation_requests';

  override up(): void | Promise<void> {
    this.addSql(`create type "evaluation_request_state" as enum ('OPEN', 'WITHDRAWN', 'DECIDED', 'REJECTED');`);
    this.addSql(`create table "evaluation_request" ("id" varchar(255) not null, "product_id" varchar(255) not null, "state" "evaluation_request_state" not null default 'OPEN', "submitted_by_user_id" varchar(255) not null, "submitted_at" timestamptz not null, "closed_by_user_id" varchar(255) null, "closed_at" timestamptz null, "rejection_reason" text null, "certificate_id" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "evaluation_request_product_id_index" on "evaluation_request" ("product_id");`);
    this.addSql(`create index "evaluation_request_open_idx" on "evaluation_request" ("submitted_at", "id") where "state" = 'OPEN';`);
    this.addSql(`create unique index "evaluation_request_open_product_unique" on "evaluation_request" ("product_id") where "state" = 'OPEN';`);

    this.addSql(`alter table "evaluation_request" add constraint "evaluation_request_product_id_foreign" foreign key ("product_id") references "product" ("id");`);
    this.addSql(`alter table "evaluation_request" add constraint "evaluation_request_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on delete set null;`);
    this.addSql(`alter table "evaluation_request" add constraint "evaluation_request_closed_check" check ((state = 'OPEN') = (closed_at is null));`);
    this.addSql(`alter table "evaluation_request" add constraint "evaluation_request_rejection_check" check ((state = 'REJECTED') = (rejection_reason is not null));`);
    this.addSql(`alter table "evaluation_request" add constraint "evaluation_request_decision_check" check ((state = 'DECIDED') = (certificate_id is not null));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "evaluation_request" cascade;`);
    this.addSql(`drop type "evaluation_request_state";`);
  }

}
