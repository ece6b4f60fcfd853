import { headers } from "next/headers";
import { clientAddress } from "./client-address";

/** The client's address for the request being handled (server actions, route handlers): client-address.ts. */
export async function requestAddress(): Promise<string | null> {
  return clientAddress(await headers());
}
