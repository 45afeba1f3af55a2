package org.shouwang.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@value ApiPaths#DOCS} opens the API's page. springdoc serves the page below the folder of its own
 * entry address ({@code springdoc.swagger-ui.path}), so that entry lies inside {@value ApiPaths#DOCS} too.
 */
@Hidden
@Controller
class ApiDocsEntry {

    @GetMapping(ApiPaths.DOCS)
    String page() {
        return "redirect:" + ApiPaths.DOCS + "/swagger-ui/index.html";
    }
}
