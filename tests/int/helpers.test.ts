import { withDatabaseName } from './helpers/payload'

// The MongoDB run gives every test file its own database on the server of TEST_DATABASE_URI.
describe('withDatabaseName', () => {
  it('replaces the database and keeps the server and options', () => {
    expect(
      withDatabaseName(
        'mongodb://localhost:27017/clinic-test?replicaSet=rs0&directConnection=true',
        'clinic_int_a1',
      ),
    ).toBe('mongodb://localhost:27017/clinic_int_a1?replicaSet=rs0&directConnection=true')
    expect(withDatabaseName('mongodb://user:pw@db1:27017,db2:27017/app', 'x')).toBe(
      'mongodb://user:pw@db1:27017,db2:27017/x',
    )
    expect(withDatabaseName('mongodb+srv://cluster.example.net', 'x')).toBe(
      'mongodb+srv://cluster.example.net/x',
    )
    expect(withDatabaseName('mongodb://127.0.0.1:27017/?replicaSet=rs0', 'x')).toBe(
      'mongodb://127.0.0.1:27017/x?replicaSet=rs0',
    )
  })

  it('refuses an address that is not MongoDB', () => {
    expect(() => withDatabaseName('file:./data/clinic.db', 'x')).toThrow(/not a mongodb:\/\//)
  })
})
