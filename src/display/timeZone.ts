/** The clinic's time zone: public dates, and the admin's schedule times (payload.config.ts). */
export const SITE_TIME_ZONE = process.env.SITE_TIME_ZONE || 'America/Chicago'
