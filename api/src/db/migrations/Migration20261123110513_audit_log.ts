import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110513_audit_log extends Migration {

  override name = 'Migration20261123110513_audit_log';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_event" ("id" varchar(255) not null, "at" timestamptz not null, "actor_user_id" varchar(255) null, "action" varchar(255) not null, "subject_type" varchar(255) not null, "subject_id" varchar(255) not null, "before" jsonb null, "after" jsonb null, primary key ("id"));`);
    this.addSql(`create index "audit_event_subject_idx" on "audit_event" ("subject_type", "subject_id", "at");`);

    // Append-only: the log is evidence, so no UPDATE, DELETE or TRUNCATE, whoever connects.
    this.addSql(`create function "audit_event_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger "audit_event_no_update_delete" before update or delete on "audit_event" for each row execute function "audit_event_append_only"();`);
    this.addSql(`create trigger "audit_event_no_truncate" before truncate on "audit_event" for each statement execute function "audit_event_append_only"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop function if exists "audit_event_append_only"();`);
  }

}
