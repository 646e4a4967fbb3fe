#include "scanner/qr_reader.h"

#include <cstring>
#include <memory>

#include "quirc.h"

namespace leerregie
{
namespace
{

// Larger frames are not what a camera gives, and would take quirc's memory past reason.
constexpr long long max_pixels = 4096LL * 4096LL;

}  // namespace

QrReader::QrReader() : decoder_(quirc_new()) {}

QrReader::~QrReader()
{
    if (decoder_)
        quirc_destroy(decoder_);
}

uint8_t* QrReader::begin(int width, int height)
{
    if (!decoder_ || width <= 0 || height <= 0 || (long long)width * height > max_pixels)
        return nullptr;
    int current_width = 0, current_height = 0;
    quirc_begin(decoder_, &current_width, &current_height);
    if ((current_width != width || current_height != height) && quirc_resize(decoder_, width, height) < 0)
        return nullptr;
    return quirc_begin(decoder_, nullptr, nullptr);
}

std::vector<std::string> QrReader::read_grey(const uint8_t* grey, int width, int height)
{
    uint8_t* image = begin(width, height);
    if (!image)
        return {};
    std::memcpy(image, grey, size_t(width) * size_t(height));
    return decode();
}

std::vector<std::string> QrReader::read_rgba(const uint8_t* rgba, int width, int height)
{
    uint8_t* image = begin(width, height);
    if (!image)
        return {};
    // Brightness as Rec. 601 weighs the colours, in fixed point (the weights add up to 256).
    const size_t pixels = size_t(width) * size_t(height);
    for (size_t pixel = 0; pixel < pixels; ++pixel)
    {
        const uint8_t* colour = rgba + pixel * 4;
        image[pixel] = uint8_t((colour[0] * 77 + colour[1] * 150 + colour[2] * 29) >> 8);
    }
    return decode();
}

std::vector<std::string> QrReader::decode()
{
    quirc_end(decoder_);
    std::vector<std::string> texts;
    // Both are large (about 12 KB): kept off the stack.
    auto code = std::make_unique<quirc_code>();
    auto data = std::make_unique<quirc_data>();
    const int count = quirc_count(decoder_);
    for (int index = 0; index < count; ++index)
    {
        quirc_extract(decoder_, index, code.get());
        quirc_decode_error_t error = quirc_decode(code.get(), data.get());
        if (error == QUIRC_ERROR_DATA_ECC)
        {
            quirc_flip(code.get());
            error = quirc_decode(code.get(), data.get());
        }
        if (error == QUIRC_SUCCESS)
            texts.emplace_back(reinterpret_cast<const char*>(data->payload), size_t(data->payload_len));
    }
    return texts;
}

}  // namespace leerregie
