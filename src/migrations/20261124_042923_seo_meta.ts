import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`topics\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`topics_meta_meta_image_idx\` ON \`topics\` (\`meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`physicians\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`physicians\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`physicians\` ADD \`meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`physicians_meta_meta_image_idx\` ON \`physicians\` (\`meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`offices\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`offices\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`offices\` ADD \`meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`offices_meta_meta_image_idx\` ON \`offices\` (\`meta_image_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`parent_id\` integer,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_topics\`("id", "name", "generate_slug", "slug", "parent_id", "description", "updated_at", "created_at") SELECT "id", "name", "generate_slug", "slug", "parent_id", "description", "updated_at", "created_at" FROM \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`ALTER TABLE \`__new_topics\` RENAME TO \`topics\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_parent_idx\` ON \`topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_physicians\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`credentials\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`job_title\` text,
  	\`photo_id\` integer,
  	\`bio\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_physicians\`("id", "name", "credentials", "generate_slug", "slug", "job_title", "photo_id", "bio", "updated_at", "created_at") SELECT "id", "name", "credentials", "generate_slug", "slug", "job_title", "photo_id", "bio", "updated_at", "created_at" FROM \`physicians\`;`)
  await db.run(sql`DROP TABLE \`physicians\`;`)
  await db.run(sql`ALTER TABLE \`__new_physicians\` RENAME TO \`physicians\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`physicians_slug_idx\` ON \`physicians\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`physicians_photo_idx\` ON \`physicians\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`physicians_updated_at_idx\` ON \`physicians\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`physicians_created_at_idx\` ON \`physicians\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_offices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`address_street\` text NOT NULL,
  	\`address_suite\` text,
  	\`address_city\` text NOT NULL,
  	\`address_state\` text NOT NULL,
  	\`address_postal_code\` text NOT NULL,
  	\`address_country\` text DEFAULT 'US' NOT NULL,
  	\`phone\` text NOT NULL,
  	\`fax\` text,
  	\`email\` text,
  	\`network_note\` text DEFAULT 'We are an out-of-network provider.',
  	\`geo_lat\` numeric,
  	\`geo_lng\` numeric,
  	\`accepting_new_patients\` integer DEFAULT true,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_offices\`("id", "name", "generate_slug", "slug", "address_street", "address_suite", "address_city", "address_state", "address_postal_code", "address_country", "phone", "fax", "email", "network_note", "geo_lat", "geo_lng", "accepting_new_patients", "order", "updated_at", "created_at") SELECT "id", "name", "generate_slug", "slug", "address_street", "address_suite", "address_city", "address_state", "address_postal_code", "address_country", "phone", "fax", "email", "network_note", "geo_lat", "geo_lng", "accepting_new_patients", "order", "updated_at", "created_at" FROM \`offices\`;`)
  await db.run(sql`DROP TABLE \`offices\`;`)
  await db.run(sql`ALTER TABLE \`__new_offices\` RENAME TO \`offices\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`offices_slug_idx\` ON \`offices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`offices_updated_at_idx\` ON \`offices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`offices_created_at_idx\` ON \`offices\` (\`created_at\`);`)
}
