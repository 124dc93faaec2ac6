import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`home_page_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`link_label\` text NOT NULL,
  	\`link_type\` text DEFAULT 'internal',
  	\`link_url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_page_links_order_idx\` ON \`home_page_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_page_links_parent_id_idx\` ON \`home_page_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Welcome' NOT NULL,
  	\`intro\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`home_page_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`articles_id\` integer,
  	\`topics_id\` integer,
  	\`offices_id\` integer,
  	\`physicians_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`home_page\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offices_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`physicians_id\`) REFERENCES \`physicians\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_page_rels_order_idx\` ON \`home_page_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`home_page_rels_parent_idx\` ON \`home_page_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_rels_path_idx\` ON \`home_page_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`home_page_rels_pages_id_idx\` ON \`home_page_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_rels_articles_id_idx\` ON \`home_page_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_rels_topics_id_idx\` ON \`home_page_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_rels_offices_id_idx\` ON \`home_page_rels\` (\`offices_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_rels_physicians_id_idx\` ON \`home_page_rels\` (\`physicians_id\`);`)
  await db.run(sql`CREATE TABLE \`calls_to_action_sidebar\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text NOT NULL,
  	\`body\` text,
  	\`link_label\` text NOT NULL,
  	\`link_type\` text DEFAULT 'internal',
  	\`link_url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`calls_to_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`calls_to_action_sidebar_order_idx\` ON \`calls_to_action_sidebar\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`calls_to_action_sidebar_parent_id_idx\` ON \`calls_to_action_sidebar\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`calls_to_action\` (
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
  await db.run(sql`CREATE TABLE \`calls_to_action_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`articles_id\` integer,
  	\`topics_id\` integer,
  	\`offices_id\` integer,
  	\`physicians_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`calls_to_action\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offices_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`physicians_id\`) REFERENCES \`physicians\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`calls_to_action_rels_order_idx\` ON \`calls_to_action_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`calls_to_action_rels_parent_idx\` ON \`calls_to_action_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_to_action_rels_path_idx\` ON \`calls_to_action_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`calls_to_action_rels_pages_id_idx\` ON \`calls_to_action_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_to_action_rels_articles_id_idx\` ON \`calls_to_action_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_to_action_rels_topics_id_idx\` ON \`calls_to_action_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_to_action_rels_offices_id_idx\` ON \`calls_to_action_rels\` (\`offices_id\`);`)
  await db.run(sql`CREATE INDEX \`calls_to_action_rels_physicians_id_idx\` ON \`calls_to_action_rels\` (\`physicians_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`home_page_links\`;`)
  await db.run(sql`DROP TABLE \`home_page\`;`)
  await db.run(sql`DROP TABLE \`home_page_rels\`;`)
  await db.run(sql`DROP TABLE \`calls_to_action_sidebar\`;`)
  await db.run(sql`DROP TABLE \`calls_to_action\`;`)
  await db.run(sql`DROP TABLE \`calls_to_action_rels\`;`)
}
