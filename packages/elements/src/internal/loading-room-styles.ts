/**
 * The room the list, the course page and the form keep while their catalog loads (about what
 * their content takes), so that what follows them does not jump when it arrives. A module of its
 * own: the fee calculator, whose loading state is short, does not download it.
 * @internal
 * @module
 */
import {css} from 'lit';

/** @internal */
export const loadingRoomStyles = css`
  .skeleton {
    height: var(--metropolis-loading-height, 40rem);
  }
`;
