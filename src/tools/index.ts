/** CLI-only tools (not workflow steps): each gets its own argv and returns an exit code. */
export interface Tool {
  summary: string
  usage: string
  run(args: string[], env: NodeJS.ProcessEnv, io: ToolIO): Promise<number>
}

export interface ToolIO {
  stdout(text: string): void
  stderr(text: string): void
  stdin?: () => Promise<string>
}

export const TOOLS: Record<string, () => Promise<Tool>> = {
  verify: async () => (await import('./verify.js')).tool,
  listen: async () => (await import('./listen.js')).tool,
  redeliver: async () => (await import('./redeliver.js')).tool,
  secret: async () => (await import('./secret.js')).tool,
}
