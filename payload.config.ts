import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { Citations } from './collections/Citations'
import { exportsPlugin } from './collections/exports'
import { CaptchaSolutions } from './collections/forms/CaptchaSolutions'
import { formBuilder } from './collections/forms/formBuilder'
import { hardenInput } from './src/hardening/hardenInput'
import { CallsToAction } from './collections/globals/CallsToAction'
import { Footer } from './collections/globals/Footer'
import { Header } from './collections/globals/Header'
import { HomePage } from './collections/globals/HomePage'
import { SiteSettings } from './collections/globals/SiteSettings'
import { Media } from './collections/Media'
import { Offices } from './collections/Offices'
import { Pages } from './collections/Pages'
import { Physicians } from './collections/Physicians'
import { Redirects } from './collections/Redirects'
import { Reviews } from './collections/Reviews'
import { Search } from './collections/Search'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { WordPressImports } from './collections/WordPressImports'
import { contentEditor } from './collections/fields/richText'
import { databaseAdapter } from './src/db/adapter'
import { onInit } from './src/startup/onInit'
import { payloadSecret } from './src/security/secret'
import { serverUrl } from './src/urls'
import { SITE_TIME_ZONE } from './src/display/timeZone'
import { withScheduleCallbacks } from './src/publishStatus/scheduleCallbacks'
import { databaseUnavailable } from './src/errors/databaseUnavailable'
import { hideAccountExistence } from './src/errors/hideAccountExistence'
import { keepErrorDetails } from './src/errors/keepErrorDetails'
import { nodemailerAdapter } from './src/email/nodemailerAdapter'
import { retentionTask } from './src/forms/retention'
import { payloadLogger } from './src/logging/logger'
import { MAX_EXPORT_MULTIPART_BYTES } from './src/hardening/bodyLimit'
import { MAX_WORDPRESS_EXPORT_BYTES } from './src/wordpress/import/limits'
import { wordpressImportTask } from './src/wordpress/import/job'
import { expireCacheEndpoint } from '@/cache/remoteExpiry'
import { objectStorage } from './src/storage/objectStorage'
import { shouldRunJobs } from './src/jobs/shouldRunJobs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const config = buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Clinic admin' },
    avatar: 'default',
    components: {
      // What needs doing (pending reviews, new submissions, failed emails, drafts, scheduled).
      beforeDashboard: ['/src/components/admin/DeskDashboard#DeskDashboard'],
    },
    // Schedule times are chosen and shown in the clinic's zone, whatever the editor's computer says.
    timezones: {
      supportedTimezones: [{ label: SITE_TIME_ZONE, value: SITE_TIME_ZONE }],
      defaultTimezone: SITE_TIME_ZONE,
    },
  },
  collections: [
    Articles,
    Citations,
    Topics,
    Physicians,
    Offices,
    Reviews,
    Pages,
    Media,
    Search,
    Users,
    Redirects,
    WordPressImports,
    CaptchaSolutions,
  ],
  globals: [SiteSettings, Header, Footer, HomePage, CallsToAction],
  editor: contentEditor,
  db: databaseAdapter(),
  secret: payloadSecret(),
  serverURL: serverUrl(),
  // Only the site itself may call the API from a browser: no CORS headers for other origins, and
  // a session cookie counts only on requests from the site's own origin (CSRF). Unset (local
  // development, tests), Payload's defaults apply: no CORS headers; SameSite=Lax cookies.
  cors: serverUrl() ? [serverUrl()] : [],
  csrf: serverUrl() ? [serverUrl()] : [],
  sharp,
  // Introspection stays off in production (Payload's default, stated so it is not lost): the
  // schema names every field, and visitors have no use for it. tests/int/leaks.test.ts checks it.
  graphQL: { disablePlaygroundInProduction: true, disableIntrospectionInProduction: true },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  // exportsPlugin: CSV/JSON exports of content for staff (collections/exports.ts).
  // objectStorage: uploads in an S3 bucket when S3_BUCKET is set (src/storage), after the plugins
  // that add upload collections. hardenInput last: it applies to what the plugins before it add.
  plugins: [formBuilder, exportsPlugin, objectStorage(), hardenInput],
  email: nodemailerAdapter(),
  // Payload's own multipart limits (20 MB a file by default) must let a WordPress export through;
  // the API routes cap every other upload far lower first (src/http/bodyLimit.ts).
  upload: {
    limits: { fileSize: MAX_WORDPRESS_EXPORT_BYTES },
    requestSizeLimit: MAX_EXPORT_MULTIPART_BYTES,
  },
  jobs: {
    // Runs scheduled publishing and the submissions clean-up inside the server itself.
    autoRun: [{ cron: process.env.JOBS_CRON || '* * * * *', queue: 'default', limit: 50 }],
    // The WordPress import runs on its own queue, started by its endpoint rather than the cron.
    tasks: [retentionTask, wordpressImportTask],
    // One instance runs them: JOBS_AUTORUN=false opts out; with REDIS_URL, a lock picks one.
    shouldAutoRun: (payload) => shouldRunJobs(payload),
    access: { run: ({ req: { user } }) => Boolean(user?.roles?.length) },
  },
  // Signed cache expiry from commands that write through their own process (remoteExpiry.ts).
  endpoints: [expireCacheEndpoint],
  onInit,
  hooks: { afterError: [databaseUnavailable, keepErrorDetails, hideAccountExistence] },
  // JSON lines with the request id, and nothing a patient typed (src/logging/logger.ts).
  logger: payloadLogger(),
  // A health site does not report usage to third parties.
  telemetry: false,
})

export default withScheduleCallbacks(config)
