#pragma once
// A filter as JSON, for saved views: codes rather than numbers for the coded
// values (statuses, modalities, forms...), so that a saved view stays readable
// and survives a change of the enums' order.
#include "Filter.h"

#include <QJsonObject>

namespace c2c {

QJsonObject filterToJson(const Filter &filter);
Filter filterFromJson(const QJsonObject &json);

} // namespace c2c
