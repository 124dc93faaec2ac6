import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`wordpress_imports\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`wordpress_imports\` ADD \`_objectkey\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`wordpress_imports\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`wordpress_imports\` DROP COLUMN \`_objectkey\`;`)
}
