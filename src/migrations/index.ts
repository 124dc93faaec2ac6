import * as migration_20261123_200509_initial from './20261123_200509_initial'

export const migrations = [
  {
    up: migration_20261123_200509_initial.up,
    down: migration_20261123_200509_initial.down,
    name: '20261123_200509_initial',
  },
]
