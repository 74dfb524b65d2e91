#pragma once

#include "counter/ScanPipeline.h"

#include <QMetaType>

// Verdicts cross from the scan thread to the GUI thread in queued signals; every ui header that
// names ScanOutcome in a signal or slot includes this first.
Q_DECLARE_METATYPE(passdesk::counter::ScanOutcome)
