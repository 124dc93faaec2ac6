import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`wordpress_id\` text;`)
  await db.run(sql`CREATE INDEX \`articles_wordpress_id_idx\` ON \`articles\` (\`wordpress_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_wordpress_id\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_wordpress_id_idx\` ON \`_articles_v\` (\`version_wordpress_id\`);`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`wordpress_id\` text;`)
  await db.run(sql`CREATE INDEX \`topics_wordpress_id_idx\` ON \`topics\` (\`wordpress_id\`);`)
  await db.run(sql`ALTER TABLE \`physicians\` ADD \`wordpress_id\` text;`)
  await db.run(sql`CREATE INDEX \`physicians_wordpress_id_idx\` ON \`physicians\` (\`wordpress_id\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`wordpress_id\` text;`)
  await db.run(sql`CREATE INDEX \`pages_wordpress_id_idx\` ON \`pages\` (\`wordpress_id\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_wordpress_id\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_wordpress_id_idx\` ON \`_pages_v\` (\`version_wordpress_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`wordpress_id\` text;`)
  await db.run(sql`CREATE INDEX \`media_wordpress_id_idx\` ON \`media\` (\`wordpress_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_wordpress_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`wordpress_id\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_wordpress_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_wordpress_id\`;`)
  await db.run(sql`DROP INDEX \`topics_wordpress_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`topics\` DROP COLUMN \`wordpress_id\`;`)
  await db.run(sql`DROP INDEX \`physicians_wordpress_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`physicians\` DROP COLUMN \`wordpress_id\`;`)
  await db.run(sql`DROP INDEX \`pages_wordpress_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`wordpress_id\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_wordpress_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_wordpress_id\`;`)
  await db.run(sql`DROP INDEX \`media_wordpress_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`wordpress_id\`;`)
}
