// The SIOCGLIFCONF flags a tool uses to see every logical interface there is: ifconfig.c
// foreachinterface, if_mpadm.c, libipadm's i_ipadm_* walks and libsocket's if_indextoname all
// ask with LIFC_NOXMIT | LIFC_TEMPORARY | LIFC_ALLZONES | LIFC_UNDER_IPMP, so that no
// interface is hidden for being no-transmit, temporary, in another zone or under IPMP. The
// flags themselves are the kernel's (core/src/wire, <net/if.h>).
import { LIFC } from '@ipmplab/core/syscalls';

export const LIFC_ALL = LIFC.NOXMIT | LIFC.TEMPORARY | LIFC.ALLZONES | LIFC.UNDER_IPMP;
