// The part of TronLink's injected objects (window.tronLink, window.tronWeb) the storefront uses, typed locally:
// the tronweb package itself is large and the wallet already brings its own copy into the page.

export interface TronContractParameter {
  type: 'address' | 'uint256';
  value: string;
}

export interface TronTriggerResult {
  result?: { result?: boolean; message?: string };
  transaction?: { txID?: string } & Record<string, unknown>;
  /** triggerConstantContract: the ABI-encoded return values, hex without 0x. */
  constant_result?: string[];
}

export interface TronBroadcastResult {
  result?: boolean;
  txid?: string;
  transaction?: { txID?: string };
  /** On failure: a code such as "SIGERROR" and a hex-encoded message. */
  code?: string;
  message?: string;
}

export interface TronWebLike {
  ready?: boolean;
  defaultAddress?: { base58?: string | false; hex?: string | false };
  transactionBuilder: {
    triggerSmartContract(
      contract: string,
      selector: string,
      options: { feeLimit: number },
      parameters: TronContractParameter[],
      owner: string,
    ): Promise<TronTriggerResult>;
    triggerConstantContract(
      contract: string,
      selector: string,
      options: Record<string, never>,
      parameters: TronContractParameter[],
      owner: string,
    ): Promise<TronTriggerResult>;
  };
  trx: {
    getBlockByNumber(number: number): Promise<{ blockID?: string }>;
    sign(transaction: unknown): Promise<unknown>;
    sendRawTransaction(signed: unknown): Promise<TronBroadcastResult>;
  };
}

/** TronLink's own object (from TronLink 3.22): connects the site; its tronWeb may be `false` until then. */
export interface TronLinkLike {
  ready?: boolean;
  tronWeb?: TronWebLike | false;
  request?(args: { method: 'tron_requestAccounts'; params?: Record<string, string> }): Promise<unknown>;
}

export interface TronWindow {
  tronLink?: TronLinkLike;
  tronWeb?: TronWebLike | false;
}
