import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`calls_to_action\` ADD \`contact_form_id\` integer REFERENCES forms(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`calls_to_action_contact_form_idx\` ON \`calls_to_action\` (\`contact_form_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_calls_to_action\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reviews_heading\` text DEFAULT 'What our patients say' NOT NULL,
  	\`reviews_count\` numeric DEFAULT 2 NOT NULL,
  	\`contact_heading\` text DEFAULT 'How can we help you?' NOT NULL,
  	\`contact_body\` text,
  	\`contact_link_label\` text,
  	\`contact_link_type\` text DEFAULT 'internal',
  	\`contact_link_url\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_calls_to_action\`("id", "reviews_heading", "reviews_count", "contact_heading", "contact_body", "contact_link_label", "contact_link_type", "contact_link_url", "updated_at", "created_at") SELECT "id", "reviews_heading", "reviews_count", "contact_heading", "contact_body", "contact_link_label", "contact_link_type", "contact_link_url", "updated_at", "created_at" FROM \`calls_to_action\`;`)
  await db.run(sql`DROP TABLE \`calls_to_action\`;`)
  await db.run(sql`ALTER TABLE \`__new_calls_to_action\` RENAME TO \`calls_to_action\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
