import { Migration } from '@mikro-orm/migrations';

const CHECK_WITH_SALES_POINTS = `(kind = 'ADMIN' and producer_id is null and producer_role is null and province_id is null and council_level is null
            and operator_id is null and operator_role is null and sales_point_id is null)
        or (kind = 'PRODUCER_MEMBER' and producer_id is not null and producer_role is not null and province_id is null and council_level is null
            and operator_id is null and operator_role is null and sales_point_id is null)
        or (kind = 'COUNCIL_MEMBER' and producer_id is null and producer_role is null and council_level is not null
            and ((council_level = 'MINISTRY') = (province_id is null)) and operator_id is null and operator_role is null and sales_point_id is null)
        or (kind = 'OPERATOR_MEMBER' and operator_id is not null and operator_role is not null and producer_id is null and producer_role is null
            and province_id is null and council_level is null and sales_point_id is null)
        or (kind = 'SALES_POINT_MANAGER' and sales_point_id is not null and producer_id is null and producer_role is null
            and province_id is null and council_level is null and operator_id is null and operator_role is null)`;

const CHECK_BEFORE = `(kind = 'ADMIN' and producer_id is null and producer_role is null and province_id is null and council_level is null
            and operator_id is null and operator_role is null)
        or (kind = 'PRODUCER_MEMBER' and producer_id is not null and producer_role is not null and province_id is null and council_level is null
            and operator_id is null and operator_role is null)
        or (kind = 'COUNCIL_MEMBER' and producer_id is null and producer_role is null and council_level is not null
            and ((council_level = 'MINISTRY') = (province_id is null)) and operator_id is null and operator_role is null)
        or (kind = 'OPERATOR_MEMBER' and operator_id is not null and operator_role is not null and producer_id is null and producer_role is null
            and province_id is null and council_level is null)`;

/**
 * The SALES_POINT_MANAGER role kind, scoped by sales_point_id. As for OPERATOR_MEMBER, the enum type
 * is recreated: a value added with `alter type … add value` cannot be used in the same transaction.
 */
export class Migration20261123145745_sales_point_manager_role extends Migration {

  override name = 'Migration20261123145745_sales_point_manager_role';

  override up(): void | Promise<void> {
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_scope_check";`);
    this.addSql(`drop index "role_assignment_scope_unique";`);
    this.addSql(`alter type "role_kind" rename to "role_kind_before_sales_points";`);
    this.addSql(`create type "role_kind" as enum ('ADMIN', 'PRODUCER_MEMBER', 'COUNCIL_MEMBER', 'OPERATOR_MEMBER', 'SALES_POINT_MANAGER');`);
    this.addSql(`alter table "role_assignment" alter column "kind" type "role_kind" using "kind"::text::"role_kind";`);
    this.addSql(`drop type "role_kind_before_sales_points";`);

    this.addSql(`alter table "role_assignment" add "sales_point_id" varchar(255) null;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_sales_point_id_foreign" foreign key ("sales_point_id") references "sales_point" ("id") on delete cascade;`);
    this.addSql(`create index "role_assignment_sales_point_id_index" on "role_assignment" ("sales_point_id");`);
    this.addSql(`create unique index "role_assignment_scope_unique" on "role_assignment" ("user_id", "kind", coalesce("producer_id", ''), coalesce("province_id", ''), coalesce("operator_id", ''), coalesce("sales_point_id", ''));`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_scope_check" check (${CHECK_WITH_SALES_POINTS});`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "role_assignment" where "kind" = 'SALES_POINT_MANAGER';`);
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_scope_check";`);
    this.addSql(`drop index "role_assignment_scope_unique";`);
    this.addSql(`alter table "role_assignment" drop column "sales_point_id";`);
    this.addSql(`alter type "role_kind" rename to "role_kind_with_sales_points";`);
    this.addSql(`create type "role_kind" as enum ('ADMIN', 'PRODUCER_MEMBER', 'COUNCIL_MEMBER', 'OPERATOR_MEMBER');`);
    this.addSql(`alter table "role_assignment" alter column "kind" type "role_kind" using "kind"::text::"role_kind";`);
    this.addSql(`drop type "role_kind_with_sales_points";`);
    this.addSql(`create unique index "role_assignment_scope_unique" on "role_assignment" ("user_id", "kind", coalesce("producer_id", ''), coalesce("province_id", ''), coalesce("operator_id", ''));`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_scope_check" check (${CHECK_BEFORE});`);
  }

}
