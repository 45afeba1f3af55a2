package org.shouwang.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the HTTP API, served with its page at {@value ApiPaths#DOCS} (springdoc). */
@Configuration
class ApiDocsConfig {

    private static final String TOKEN = "token";

    @Bean
    OpenAPI shouwangApi() {
        return new OpenAPI()
                .info(new Info().title("Shouwang HTTP API").version("v1").description("""
                        The roster of one community for the district's other systems. Every call sends a token of \
                        the community, made by its secretary on the Accounts page: `Authorization: Bearer <token>`. \
                        A token reads, or reads and writes.

                        Refusals are problem documents (RFC 7807, `application/problem+json`) whose `detail` is in the \
                        request's Accept-Language (zh-CN unless en is asked for): 401 without a valid token (missing, \
                        unknown or revoked), 403 for a read-only token that writes, 404 for what does not exist or \
                        belongs to another community, 400 for bad input with `problems`, each with a `path` \
                        (`volunteers[12].phone`, a parameter's name) and a `message`, 413 for a body larger than the \
                        server's upload limit (SHOUWANG_UPLOAD_MAX)."""))
                .components(new Components().addSecuritySchemes(TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A community's API token (swk_...), shown once when the secretary makes it")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
