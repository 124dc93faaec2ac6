import { describeRedisUrl, readRedisUrl } from '@/redis/connection'

describe('readRedisUrl', () => {
  it('is unset without REDIS_URL: one process keeps its own state', () => {
    expect(readRedisUrl({})).toBeUndefined()
    expect(readRedisUrl({ REDIS_URL: ' ' })).toBeUndefined()
  })

  it('takes redis:// and rediss:// addresses', () => {
    expect(readRedisUrl({ REDIS_URL: 'redis://redis:6379' })).toBe('redis://redis:6379')
    expect(readRedisUrl({ REDIS_URL: 'rediss://:pw@cache.example.com:6380/2' })).toBe(
      'rediss://:pw@cache.example.com:6380/2',
    )
  })

  it('refuses anything else with a reason naming the setting', () => {
    expect(() => readRedisUrl({ REDIS_URL: 'redis:6379' })).toThrow(
      'REDIS_URL must be an address such as redis://redis:6379, not "redis:6379".',
    )
    expect(() => readRedisUrl({ REDIS_URL: 'http://redis:6379' })).toThrow(
      'REDIS_URL must start with redis:// or rediss://, not "http://".',
    )
    expect(() => readRedisUrl({ REDIS_URL: 'not an address' })).toThrow(
      'REDIS_URL must be an address such as redis://redis:6379, not "not an address".',
    )
  })
})

describe('describeRedisUrl', () => {
  it('leaves the password out of messages', () => {
    expect(describeRedisUrl('redis://default:hunter2@redis:6379/0')).toBe('redis://redis:6379/0')
  })
})
