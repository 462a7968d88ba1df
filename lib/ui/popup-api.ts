// The popup's one door to the worker, typed per message; tests pass a fake `send`.
import { request, type Envelope, type MessageName, type Payload, type Reply, type Result } from '../protocol';

export type Send = (message: Envelope) => Promise<unknown>;
export type Call = <N extends MessageName>(name: N, payload: Payload<N>) => Promise<Result<Reply<N>>>;

export const callVia =
  (send: Send): Call =>
  (name, payload) =>
    request(send, name, payload);
