import { Migration } from '@mikro-orm/migrations';

const CHECK_WITH_OPERATORS = `(kind = 'ADMIN' and producer_id is null and producer_role is null and province_id is null and council_level is null
            and operator_id is null and operator_role is null)
        or (kind = 'PRODUCER_MEMBER' and producer_id is not null and producer_role is not null and province_id is null and council_level is null
            and operator_id is null and operator_role is null)
        or (kind = 'COUNCIL_MEMBER' and producer_id is null and producer_role is null and council_level is not null
            and ((council_level = 'MINISTRY') = (province_id is null)) and operator_id is null and operator_role is null)
        or (kind = 'OPERATOR_MEMBER' and operator_id is not null and operator_role is not null and producer_id is null and producer_role is null
            and province_id is null and council_level is null)`;

const CHECK_BEFORE = `(kind = 'ADMIN' and producer_id is null and producer_role is null and province_id is null and council_level is null)
        or (kind = 'PRODUCER_MEMBER' and producer_id is not null and producer_role is not null and province_id is null and council_level is null)
        or (kind = 'COUNCIL_MEMBER' and producer_id is null and producer_role is null and council_level is not null
            and ((council_level = 'MINISTRY') = (province_id is null)))`;

/**
 * The OPERATOR_MEMBER role kind, scoped by operator_id (+ OWNER/STAFF) like PRODUCER_MEMBER by producer_id.
 * Migrations run in one transaction, where a value added with `alter type … add value` cannot be used
 * (the check constraint uses it): the enum type is recreated instead.
 */
export class Migration20261123122603_operator_member_role extends Migration {

  override name = 'Migration20261123122603_operator_member_role';

  override up(): void | Promise<void> {
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_scope_check";`);
    this.addSql(`drop index "role_assignment_scope_unique";`);
    this.addSql(`alter type "role_kind" rename to "role_kind_before_operators";`);
    this.addSql(`create type "role_kind" as enum ('ADMIN', 'PRODUCER_MEMBER', 'COUNCIL_MEMBER', 'OPERATOR_MEMBER');`);
    this.addSql(`alter table "role_assignment" alter column "kind" type "role_kind" using "kind"::text::"role_kind";`);
    this.addSql(`drop type "role_kind_before_operators";`);

    this.addSql(`create type "operator_role" as enum ('OWNER', 'STAFF');`);
    this.addSql(`alter table "role_assignment" add "operator_id" varchar(255) null, add "operator_role" "operator_role" null;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_operator_id_foreign" foreign key ("operator_id") references "tourism_operator" ("id") on delete cascade;`);
    this.addSql(`create index "role_assignment_operator_id_index" on "role_assignment" ("operator_id");`);
    this.addSql(`create unique index "role_assignment_scope_unique" on "role_assignment" ("user_id", "kind", coalesce("producer_id", ''), coalesce("province_id", ''), coalesce("operator_id", ''));`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_scope_check" check (${CHECK_WITH_OPERATORS});`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "role_assignment" where "kind" = 'OPERATOR_MEMBER';`);
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_scope_check";`);
    this.addSql(`drop index "role_assignment_scope_unique";`);
    this.addSql(`alter table "role_assignment" drop column "operator_id", drop column "operator_role";`);
    this.addSql(`drop type "operator_role";`);
    this.addSql(`alter type "role_kind" rename to "role_kind_with_operators";`);
    this.addSql(`create type "role_kind" as enum ('ADMIN', 'PRODUCER_MEMBER', 'COUNCIL_MEMBER');`);
    this.addSql(`alter table "role_assignment" alter column "kind" type "role_kind" using "kind"::text::"role_kind";`);
    this.addSql(`drop type "role_kind_with_operators";`);
    this.addSql(`create unique index "role_assignment_scope_unique" on "role_assignment" ("user_id", "kind", coalesce("producer_id", ''), coalesce("province_id", ''));`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_scope_check" check (${CHECK_BEFORE});`);
  }

}
