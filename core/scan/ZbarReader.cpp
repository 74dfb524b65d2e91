#include "scan/ZbarReader.h"

#include <zbar.h>

#include <opencv2/core.hpp>

#include <memory>

namespace passdesk::scan {

namespace {

struct ScannerDeleter
{
    void operator()(zbar::zbar_image_scanner_t* s) const { zbar::zbar_image_scanner_destroy(s); }
};

struct ImageDeleter
{
    void operator()(zbar::zbar_image_t* i) const { zbar::zbar_image_destroy(i); }
};

} // namespace

QList<ZbarCode> ZbarReader::read(const cv::Mat& gray) const
{
    // zbar needs at least a few pixels each way for its scan lines; smaller images hold no code.
    if (gray.empty() || gray.type() != CV_8UC1 || gray.cols > kMaxSide || gray.rows > kMaxSide || gray.cols < 8 ||
        gray.rows < 8) {
        return {};
    }
    const cv::Mat contiguous = gray.isContinuous() ? gray : gray.clone();

    std::unique_ptr<zbar::zbar_image_scanner_t, ScannerDeleter> scanner(zbar::zbar_image_scanner_create());
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_BINARY, 1);

    std::unique_ptr<zbar::zbar_image_t, ImageDeleter> image(zbar::zbar_image_create());
    zbar::zbar_image_set_format(image.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar::zbar_image_set_size(image.get(), unsigned(contiguous.cols), unsigned(contiguous.rows));
    // No cleanup handler: the image borrows the matrix's pixels for the length of this call.
    zbar::zbar_image_set_data(image.get(), contiguous.data, contiguous.total(), nullptr);

    QList<ZbarCode> out;
    if (zbar::zbar_scan_image(scanner.get(), image.get()) <= 0) {
        return out;
    }
    for (const zbar::zbar_symbol_t* s = zbar::zbar_image_first_symbol(image.get()); s != nullptr;
         s = zbar::zbar_symbol_next(s)) {
        if (zbar::zbar_symbol_get_type(s) != zbar::ZBAR_QRCODE) {
            continue;
        }
        ZbarCode code;
        code.payload = QByteArray(zbar::zbar_symbol_get_data(s), int(zbar::zbar_symbol_get_data_length(s)));
        const unsigned n = zbar::zbar_symbol_get_loc_size(s);
        for (unsigned i = 0; i < n; ++i) {
            code.outline.emplace_back(zbar::zbar_symbol_get_loc_x(s, i), zbar::zbar_symbol_get_loc_y(s, i));
        }
        out.append(std::move(code));
    }
    return out;
}

} // namespace passdesk::scan
