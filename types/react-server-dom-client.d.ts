// The one function bench/auth.ts takes from React's server-components client that Next.js vendors untyped.
declare module "next/dist/compiled/react-server-dom-turbopack/client.node" {
  export function encodeReply(value: unknown): Promise<FormData | string>;
}
