#pragma once
// Titles and descriptions in languages other than Korean and English, as the
// project table's other_languages column keeps them:
// {"title": {"fr": ...}, "description": {"sv": ...}}.
#include "domain/Project.h"

namespace c2c::otherlanguages {

// Empty when the project has no other language (the column is then NULL).
QString toJson(const Project &p);
void fromJson(const QString &json, Project &p);

} // namespace c2c::otherlanguages
