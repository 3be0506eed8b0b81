// permissions: the committed table is GitHub's (the app-permissions schema of the OpenAPI
// description the stand-in validates against), and parsing names the wrong part.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { permissionsFromFixture } from '../scripts/permissions.js'
import { parsePermissions } from '../src/github/app-permissions.js'
import { APP_PERMISSIONS } from '../src/github/permissions.js'
import { InputError } from '../src/errors.js'

describe('App permissions table', () => {
  test('src/github/permissions.ts is what `npm run gen:permissions` makes of the OpenAPI fixture', () => {
    const { table } = permissionsFromFixture()
    assert.deepEqual(
      Object.fromEntries(Object.entries(APP_PERMISSIONS).map(([k, v]) => [k, [...v]])),
      table,
      'the table drifted from test/fixtures/github-openapi.json: run npm run gen:permissions',
    )
    assert.ok(Object.keys(table).length > 40)
  })
})

describe('parsePermissions', () => {
  test('hyphenated and underscored names, any case, white space', () => {
    assert.deepEqual(
      parsePermissions(
        ['contents:write', 'pull-requests:write', ' Actions : READ ', 'repository_projects:admin'],
        'permissions',
      ),
      { contents: 'write', pull_requests: 'write', actions: 'read', repository_projects: 'admin' },
    )
    assert.equal(parsePermissions([], 'permissions'), undefined)
  })

  const bad: [string, RegExp][] = [
    ['contents:admin', /level of contents must be read or write \(got 'admin'\)/],
    ['nonsense:write', /'nonsense' is not a GitHub App permission/],
    ['content:write', /did you mean contents/],
    ['workflows:read', /level of workflows must be write/],
    ['organization_plan:write', /level of organization_plan must be read/],
    ['contents', /must be name:level/],
    [':write', /must be name:level/],
    ['contents:', /must be name:level/],
    ['a:b:c', /must be name:level/],
  ]
  for (const [item, message] of bad) {
    test(`refuses ${item}, naming the wrong part`, () => {
      assert.throws(
        () => parsePermissions([item], 'permissions'),
        (error: unknown) =>
          error instanceof InputError &&
          error.message.startsWith("Input 'permissions': ") &&
          message.test(error.message),
      )
    })
  }
})
