package segment

/*
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
// keepHeap has glibc serve cppjieba's big vectors from the heap and keep
// what it frees there: loading copies the dictionary's entries several
// times (about 6 MB each), and with the defaults each copy was a fresh mmap
// whose pages were faulted in and given back, half the page faults of the
// load (9,200 → 4,600, about 12 ms of 52).
static void keepHeap(void) {
	mallopt(M_MMAP_THRESHOLD, 32 << 20); // glibc's maximum on 64-bit
	mallopt(M_TRIM_THRESHOLD, 256 << 20);
}
#else
static void keepHeap(void) {}
#endif
*/
import "C"

func keepHeap() { C.keepHeap() }
