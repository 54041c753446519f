#include "import/memoryadvice.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cstdint>
#include <sys/mman.h>
#endif

void MemoryAdvice::hugePages(void* data, size_t size)
{
#ifdef Q_OS_LINUX
    constexpr uintptr_t HugePage = uintptr_t(2) << 20;
    if (size < 4 * HugePage)
        return;
    // Only whole huge pages inside the buffer; the allocation's edges keep normal pages.
    const uintptr_t begin = (reinterpret_cast<uintptr_t>(data) + HugePage - 1) & ~(HugePage - 1);
    const uintptr_t end = (reinterpret_cast<uintptr_t>(data) + size) & ~(HugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data)
    Q_UNUSED(size)
#endif
}
