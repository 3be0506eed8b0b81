import eslint from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/fixtures/', '.gitlab-ci-local/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@actions/core',
              message: 'Only src/main.ts, src/post.ts and src/hosts/ may use @actions/core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main.ts', 'src/post.ts', 'src/hosts/**', 'test/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
)
