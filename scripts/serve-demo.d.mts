export function startDemoServer(port?: number): Promise<import('node:http').Server>;
