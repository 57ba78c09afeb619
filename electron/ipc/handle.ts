/**
 * The one way a channel is served: sender check, then the channel's validator, then the handler,
 * and always a result union back. Nothing thrown below here reaches the renderer as a rejection
 * (a thrown error crosses IPC as its text alone, and could carry more than we mean to say).
 */
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { IpcChannel, IpcRequest, IpcResponse, IpcResult } from '../../shared/ipc-contract.js';
import { CHANNEL_NAMES, isSecretChannel } from '../../shared/ipc-methods.js';
import { ipcValidators } from '../../shared/ipc-validators.js';
import { isTrustedSender, type SenderInfo } from './trusted-senders.js';

/** What a handler knows of its caller, after the sender check. */
export interface HandlerContext {
  /** The web contents that called; progress goes back to it and nowhere else. */
  sender: WebContents;
}

/** A channel's handler: a parsed request in, a result union out. */
export type ChannelHandler<C extends IpcChannel> = (
  request: IpcRequest<C>,
  context: HandlerContext,
) => Promise<IpcResult<IpcResponse<C>>>;

/** A handler for every channel of the table: what the handler files together serve. */
export type ChannelHandlers = { [C in IpcChannel]: ChannelHandler<C> };

/** The listener ipcMain calls for one channel. */
export type ChannelListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** The part of ipcMain that handle() uses. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown,
  ): void;
}

/** Options for one channel. */
export interface HandleOptions {
  /**
   * The request carries a secret (a password): on an internal error log only the error's name,
   * never its message, in case something below quoted the request. The channel table says which
   * channels do (shared/ipc-methods.ts); a test may say so of any.
   */
  secret?: boolean;
  /** Where internal errors are logged; console.error unless a test listens. */
  log?: (line: string) => void;
  /** Who may call; the trusted-window check unless a test says otherwise. */
  isTrusted?: (event: SenderInfo) => boolean;
}

/** Builds the listener for a channel (exported so tests can drive it without ipcMain). */
export function createListener<C extends IpcChannel>(
  channel: C,
  handler: ChannelHandler<C>,
  options: HandleOptions = {},
): (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<IpcResult<IpcResponse<C>>> {
  const log = options.log ?? ((line: string) => console.error(line));
  const secret = options.secret ?? isSecretChannel(channel);
  const isTrusted = options.isTrusted ?? isTrustedSender;
  const validate = ipcValidators[channel];
  return async (event, ...args) => {
    try {
      if (!isTrusted(event)) {
        return { ok: false, code: 'forbidden', message: 'sender is not the app window' };
      }
      if (args.length > 1) {
        return { ok: false, code: 'bad_request', message: 'one request object expected' };
      }
      const parsed = validate(args[0]);
      if (!parsed.ok) return { ok: false, code: 'bad_request', message: parsed.message };
      return await handler(parsed.value, { sender: event.sender });
    } catch (err) {
      const name = err instanceof Error ? err.name : typeof err;
      const detail = !secret && err instanceof Error ? `: ${err.message}` : '';
      log(`[ipc] ${channel} failed (${name})${detail}`);
      return { ok: false, code: 'internal', message: 'internal error' };
    }
  };
}

/** Registers one channel on ipcMain through the wrapper. */
export function handle<C extends IpcChannel>(
  ipc: IpcMainLike,
  channel: C,
  handler: ChannelHandler<C>,
  options?: HandleOptions,
): void {
  ipc.handle(channel, createListener(channel, handler, options));
}

/** The listener of every channel of the table, each through the wrapper (the e2e bridge's main side). */
export function createListeners(
  handlers: ChannelHandlers,
  options: Omit<HandleOptions, 'secret'> = {},
): Record<IpcChannel, ChannelListener> {
  const one = <C extends IpcChannel>(channel: C): ChannelListener =>
    createListener(channel, handlers[channel], options);
  return Object.fromEntries(CHANNEL_NAMES.map((c) => [c, one(c)])) as Record<
    IpcChannel,
    ChannelListener
  >;
}

/** Registers every channel of the table on ipcMain, each through the wrapper. */
export function handleAll(ipc: IpcMainLike, handlers: ChannelHandlers): void {
  for (const [channel, listener] of Object.entries(createListeners(handlers)))
    ipc.handle(channel, listener);
}
