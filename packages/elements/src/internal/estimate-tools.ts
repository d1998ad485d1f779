/**
 * The SDK's fee engine, for a form with no server: it prices in the page (an estimate). A form
 * with `api` never loads it, since the server prices.
 * @module
 */
export {quote} from '@metropolis-training/sdk';
