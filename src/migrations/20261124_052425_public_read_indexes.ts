import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`topics_name_idx\` ON \`topics\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`physicians_name_idx\` ON \`physicians\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`offices_name_idx\` ON \`offices\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`offices_order_idx\` ON \`offices\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reviews_featured_idx\` ON \`reviews\` (\`featured\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`topics_name_idx\`;`)
  await db.run(sql`DROP INDEX \`physicians_name_idx\`;`)
  await db.run(sql`DROP INDEX \`offices_name_idx\`;`)
  await db.run(sql`DROP INDEX \`offices_order_idx\`;`)
  await db.run(sql`DROP INDEX \`reviews_featured_idx\`;`)
}
