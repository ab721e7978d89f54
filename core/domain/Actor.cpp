#include "Actor.h"

namespace c2c {

LocalizedText Actor::nameOn(const QDate &date) const
{
    if (!date.isValid())
        return name;
    // Former names are kept oldest first; the first one still valid on the date wins.
    for (const ActorName &former : formerNames)
        if (former.validUntil.isValid() && date <= former.validUntil)
            return former.name;
    return name;
}

} // namespace c2c
