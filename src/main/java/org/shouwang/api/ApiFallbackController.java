package org.shouwang.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other address under the API: "not found" as a problem document, rather than the pages' error
 * view (requests Spring does not map would otherwise go on to Vaadin).
 */
@Hidden
@RestController
class ApiFallbackController {

    @RequestMapping(ApiPaths.ROOT + "/**")
    void none() {
        throw new ApiNotFoundException("No such API address");
    }
}
