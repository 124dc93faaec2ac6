import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`publish_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`scheduled_for\` text;`)
  await db.run(sql`CREATE INDEX \`articles_publish_status_idx\` ON \`articles\` (\`publish_status\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_publish_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_scheduled_for\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_publish_status_idx\` ON \`_articles_v\` (\`version_publish_status\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`publish_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`scheduled_for\` text;`)
  await db.run(sql`CREATE INDEX \`pages_publish_status_idx\` ON \`pages\` (\`publish_status\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_publish_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_scheduled_for\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_publish_status_idx\` ON \`_pages_v\` (\`version_publish_status\`);`)
  // Existing documents: the status their rows already imply (plain SQL, not through the config).
  for (const table of ['articles', 'pages']) {
    const versions = sql.raw(`_${table}_v`)
    const main = sql.raw(table)
    await db.run(sql`UPDATE ${main} SET publish_status = CASE
      WHEN _status = 'published' AND EXISTS (SELECT 1 FROM ${versions} v WHERE v.parent_id = ${main}.id
        AND v.latest = 1 AND v.version__status = 'draft') THEN 'changed'
      WHEN _status = 'published' THEN 'published' ELSE 'draft' END;`)
    await db.run(sql`UPDATE ${main} SET publish_status = 'scheduled', scheduled_for = (
        SELECT min(j.wait_until) FROM payload_jobs j WHERE j.task_slug = 'schedulePublish'
          AND j.completed_at IS NULL AND coalesce(j.has_error, 0) = 0
          AND json_extract(j.input, '$.type') = 'publish'
          AND json_extract(j.input, '$.doc.relationTo') = ${table}
          AND CAST(json_extract(j.input, '$.doc.value') AS integer) = ${main}.id)
      WHERE publish_status IN ('draft', 'changed') AND EXISTS (
        SELECT 1 FROM payload_jobs j WHERE j.task_slug = 'schedulePublish'
          AND j.completed_at IS NULL AND coalesce(j.has_error, 0) = 0
          AND json_extract(j.input, '$.type') = 'publish'
          AND json_extract(j.input, '$.doc.relationTo') = ${table}
          AND CAST(json_extract(j.input, '$.doc.value') AS integer) = ${main}.id);`)
    await db.run(sql`UPDATE ${versions} SET
        version_publish_status = (SELECT publish_status FROM ${main} WHERE ${main}.id = ${versions}.parent_id),
        version_scheduled_for = (SELECT scheduled_for FROM ${main} WHERE ${main}.id = ${versions}.parent_id)
      WHERE latest = 1;`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_publish_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`publish_status\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`scheduled_for\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_publish_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_publish_status\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_scheduled_for\`;`)
  await db.run(sql`DROP INDEX \`pages_publish_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`publish_status\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`scheduled_for\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_publish_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_publish_status\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_scheduled_for\`;`)
}
