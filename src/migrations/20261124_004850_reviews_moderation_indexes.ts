import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reviews\` ADD \`moderated_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`reviews\` ADD \`moderated_at\` text;`)
  await db.run(sql`CREATE INDEX \`reviews_moderated_by_idx\` ON \`reviews\` (\`moderated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_rating_idx\` ON \`reviews\` (\`rating\`);`)
  await db.run(sql`CREATE INDEX \`reviews_reviewed_at_idx\` ON \`reviews\` (\`reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`reviews_source_url_idx\` ON \`reviews\` (\`source_url\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`featured\` integer DEFAULT false,
  	\`reviewer_name\` text NOT NULL,
  	\`rating\` numeric,
  	\`recommends\` integer,
  	\`body\` text NOT NULL,
  	\`reviewed_at\` text NOT NULL,
  	\`source\` text DEFAULT 'website' NOT NULL,
  	\`source_url\` text,
  	\`office_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reviews\`("id", "status", "featured", "reviewer_name", "rating", "recommends", "body", "reviewed_at", "source", "source_url", "office_id", "updated_at", "created_at") SELECT "id", "status", "featured", "reviewer_name", "rating", "recommends", "body", "reviewed_at", "source", "source_url", "office_id", "updated_at", "created_at" FROM \`reviews\`;`)
  await db.run(sql`DROP TABLE \`reviews\`;`)
  await db.run(sql`ALTER TABLE \`__new_reviews\` RENAME TO \`reviews\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`reviews_status_idx\` ON \`reviews\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reviews_office_idx\` ON \`reviews\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_updated_at_idx\` ON \`reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reviews_created_at_idx\` ON \`reviews\` (\`created_at\`);`)
}
